/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Scenario Fact</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getScenarioFact()
 * @model
 * @generated
 */
public enum ScenarioFact implements Enumerator {
	/**
	 * The '<em><b>User Assigned</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_ASSIGNED_VALUE
	 * @generated
	 * @ordered
	 */
	USER_ASSIGNED(0, "userAssigned", "A user is assigned to the device"),

	/**
	 * The '<em><b>User Present</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_PRESENT_VALUE
	 * @generated
	 * @ordered
	 */
	USER_PRESENT(1, "userPresent", "A user is at the device"),

	/**
	 * The '<em><b>Mfa Required</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MFA_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	MFA_REQUIRED(2, "mfaRequired", "MFA is required"),

	/**
	 * The '<em><b>Technician Flow Done</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICIAN_FLOW_DONE_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICIAN_FLOW_DONE(3, "technicianFlowDone", "The technician flow is done"),

	/**
	 * The '<em><b>Critical Update Available</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL_UPDATE_AVAILABLE_VALUE
	 * @generated
	 * @ordered
	 */
	CRITICAL_UPDATE_AVAILABLE(4, "criticalUpdateAvailable", "A critical OOBE update is available"),

	/**
	 * The '<em><b>Profile Downloaded</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFILE_DOWNLOADED_VALUE
	 * @generated
	 * @ordered
	 */
	PROFILE_DOWNLOADED(5, "profileDownloaded", "The Autopilot profile is downloaded");

	/**
	 * The '<em><b>User Assigned</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_ASSIGNED
	 * @model name="userAssigned" literal="A user is assigned to the device"
	 * @generated
	 * @ordered
	 */
	public static final int USER_ASSIGNED_VALUE = 0;

	/**
	 * The '<em><b>User Present</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_PRESENT
	 * @model name="userPresent" literal="A user is at the device"
	 * @generated
	 * @ordered
	 */
	public static final int USER_PRESENT_VALUE = 1;

	/**
	 * The '<em><b>Mfa Required</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MFA_REQUIRED
	 * @model name="mfaRequired" literal="MFA is required"
	 * @generated
	 * @ordered
	 */
	public static final int MFA_REQUIRED_VALUE = 2;

	/**
	 * The '<em><b>Technician Flow Done</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICIAN_FLOW_DONE
	 * @model name="technicianFlowDone" literal="The technician flow is done"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICIAN_FLOW_DONE_VALUE = 3;

	/**
	 * The '<em><b>Critical Update Available</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL_UPDATE_AVAILABLE
	 * @model name="criticalUpdateAvailable" literal="A critical OOBE update is available"
	 * @generated
	 * @ordered
	 */
	public static final int CRITICAL_UPDATE_AVAILABLE_VALUE = 4;

	/**
	 * The '<em><b>Profile Downloaded</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFILE_DOWNLOADED
	 * @model name="profileDownloaded" literal="The Autopilot profile is downloaded"
	 * @generated
	 * @ordered
	 */
	public static final int PROFILE_DOWNLOADED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Scenario Fact</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScenarioFact[] VALUES_ARRAY =
		new ScenarioFact[] {
			USER_ASSIGNED,
			USER_PRESENT,
			MFA_REQUIRED,
			TECHNICIAN_FLOW_DONE,
			CRITICAL_UPDATE_AVAILABLE,
			PROFILE_DOWNLOADED,
		};

	/**
	 * A public read-only list of all the '<em><b>Scenario Fact</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScenarioFact> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scenario Fact</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScenarioFact get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScenarioFact result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scenario Fact</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScenarioFact getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScenarioFact result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scenario Fact</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScenarioFact get(int value) {
		switch (value) {
			case USER_ASSIGNED_VALUE: return USER_ASSIGNED;
			case USER_PRESENT_VALUE: return USER_PRESENT;
			case MFA_REQUIRED_VALUE: return MFA_REQUIRED;
			case TECHNICIAN_FLOW_DONE_VALUE: return TECHNICIAN_FLOW_DONE;
			case CRITICAL_UPDATE_AVAILABLE_VALUE: return CRITICAL_UPDATE_AVAILABLE;
			case PROFILE_DOWNLOADED_VALUE: return PROFILE_DOWNLOADED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ScenarioFact(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ScenarioFact
