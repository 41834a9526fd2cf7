/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Preparation Task Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getPreparationTaskKind()
 * @model
 * @generated
 */
public enum PreparationTaskKind implements Enumerator {
	/**
	 * The '<em><b>Secure Your Hardware</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_YOUR_HARDWARE_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_YOUR_HARDWARE(0, "secureYourHardware", "Secure your hardware"),

	/**
	 * The '<em><b>Join Your Organizations Network</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOIN_YOUR_ORGANIZATIONS_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	JOIN_YOUR_ORGANIZATIONS_NETWORK(1, "joinYourOrganizationsNetwork", "Join your organization\'s network"),

	/**
	 * The '<em><b>Register For Mobile Management</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTER_FOR_MOBILE_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	REGISTER_FOR_MOBILE_MANAGEMENT(2, "registerForMobileManagement", "Register your device for mobile management");

	/**
	 * The '<em><b>Secure Your Hardware</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_YOUR_HARDWARE
	 * @model name="secureYourHardware" literal="Secure your hardware"
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_YOUR_HARDWARE_VALUE = 0;

	/**
	 * The '<em><b>Join Your Organizations Network</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOIN_YOUR_ORGANIZATIONS_NETWORK
	 * @model name="joinYourOrganizationsNetwork" literal="Join your organization\'s network"
	 * @generated
	 * @ordered
	 */
	public static final int JOIN_YOUR_ORGANIZATIONS_NETWORK_VALUE = 1;

	/**
	 * The '<em><b>Register For Mobile Management</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTER_FOR_MOBILE_MANAGEMENT
	 * @model name="registerForMobileManagement" literal="Register your device for mobile management"
	 * @generated
	 * @ordered
	 */
	public static final int REGISTER_FOR_MOBILE_MANAGEMENT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Preparation Task Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PreparationTaskKind[] VALUES_ARRAY =
		new PreparationTaskKind[] {
			SECURE_YOUR_HARDWARE,
			JOIN_YOUR_ORGANIZATIONS_NETWORK,
			REGISTER_FOR_MOBILE_MANAGEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Preparation Task Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PreparationTaskKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Preparation Task Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PreparationTaskKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PreparationTaskKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Preparation Task Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PreparationTaskKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PreparationTaskKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Preparation Task Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PreparationTaskKind get(int value) {
		switch (value) {
			case SECURE_YOUR_HARDWARE_VALUE: return SECURE_YOUR_HARDWARE;
			case JOIN_YOUR_ORGANIZATIONS_NETWORK_VALUE: return JOIN_YOUR_ORGANIZATIONS_NETWORK;
			case REGISTER_FOR_MOBILE_MANAGEMENT_VALUE: return REGISTER_FOR_MOBILE_MANAGEMENT;
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
	private PreparationTaskKind(int value, String name, String literal) {
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
	
} //PreparationTaskKind
