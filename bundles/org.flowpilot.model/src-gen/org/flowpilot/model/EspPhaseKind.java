/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Esp Phase Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getEspPhaseKind()
 * @model
 * @generated
 */
public enum EspPhaseKind implements Enumerator {
	/**
	 * The '<em><b>Device Preparation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_PREPARATION_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE_PREPARATION(0, "devicePreparation", "Device preparation"),

	/**
	 * The '<em><b>Device Setup</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_SETUP_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE_SETUP(1, "deviceSetup", "Device setup"),

	/**
	 * The '<em><b>Account Setup</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNT_SETUP_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOUNT_SETUP(2, "accountSetup", "Account setup");

	/**
	 * The '<em><b>Device Preparation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_PREPARATION
	 * @model name="devicePreparation" literal="Device preparation"
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_PREPARATION_VALUE = 0;

	/**
	 * The '<em><b>Device Setup</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_SETUP
	 * @model name="deviceSetup" literal="Device setup"
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_SETUP_VALUE = 1;

	/**
	 * The '<em><b>Account Setup</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNT_SETUP
	 * @model name="accountSetup" literal="Account setup"
	 * @generated
	 * @ordered
	 */
	public static final int ACCOUNT_SETUP_VALUE = 2;

	/**
	 * An array of all the '<em><b>Esp Phase Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EspPhaseKind[] VALUES_ARRAY =
		new EspPhaseKind[] {
			DEVICE_PREPARATION,
			DEVICE_SETUP,
			ACCOUNT_SETUP,
		};

	/**
	 * A public read-only list of all the '<em><b>Esp Phase Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EspPhaseKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Esp Phase Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EspPhaseKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EspPhaseKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Esp Phase Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EspPhaseKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EspPhaseKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Esp Phase Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EspPhaseKind get(int value) {
		switch (value) {
			case DEVICE_PREPARATION_VALUE: return DEVICE_PREPARATION;
			case DEVICE_SETUP_VALUE: return DEVICE_SETUP;
			case ACCOUNT_SETUP_VALUE: return ACCOUNT_SETUP;
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
	private EspPhaseKind(int value, String name, String literal) {
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
	
} //EspPhaseKind
