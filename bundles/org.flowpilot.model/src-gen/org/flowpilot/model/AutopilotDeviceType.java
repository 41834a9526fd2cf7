/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Autopilot Device Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotDeviceType()
 * @model
 * @generated
 */
public enum AutopilotDeviceType implements Enumerator {
	/**
	 * The '<em><b>Windows Pc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDOWS_PC_VALUE
	 * @generated
	 * @ordered
	 */
	WINDOWS_PC(0, "windowsPc", "Windows PC"),

	/**
	 * The '<em><b>Holo Lens</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLO_LENS_VALUE
	 * @generated
	 * @ordered
	 */
	HOLO_LENS(1, "holoLens", "HoloLens"),

	/**
	 * The '<em><b>Surface Hub2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_HUB2_VALUE
	 * @generated
	 * @ordered
	 */
	SURFACE_HUB2(2, "surfaceHub2", "Surface Hub 2"),

	/**
	 * The '<em><b>Surface Hub2 S</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_HUB2_S_VALUE
	 * @generated
	 * @ordered
	 */
	SURFACE_HUB2_S(3, "surfaceHub2S", "Surface Hub 2S");

	/**
	 * The '<em><b>Windows Pc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDOWS_PC
	 * @model name="windowsPc" literal="Windows PC"
	 * @generated
	 * @ordered
	 */
	public static final int WINDOWS_PC_VALUE = 0;

	/**
	 * The '<em><b>Holo Lens</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLO_LENS
	 * @model name="holoLens" literal="HoloLens"
	 * @generated
	 * @ordered
	 */
	public static final int HOLO_LENS_VALUE = 1;

	/**
	 * The '<em><b>Surface Hub2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_HUB2
	 * @model name="surfaceHub2" literal="Surface Hub 2"
	 * @generated
	 * @ordered
	 */
	public static final int SURFACE_HUB2_VALUE = 2;

	/**
	 * The '<em><b>Surface Hub2 S</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_HUB2_S
	 * @model name="surfaceHub2S" literal="Surface Hub 2S"
	 * @generated
	 * @ordered
	 */
	public static final int SURFACE_HUB2_S_VALUE = 3;

	/**
	 * An array of all the '<em><b>Autopilot Device Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AutopilotDeviceType[] VALUES_ARRAY =
		new AutopilotDeviceType[] {
			WINDOWS_PC,
			HOLO_LENS,
			SURFACE_HUB2,
			SURFACE_HUB2_S,
		};

	/**
	 * A public read-only list of all the '<em><b>Autopilot Device Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AutopilotDeviceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Autopilot Device Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutopilotDeviceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AutopilotDeviceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Autopilot Device Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutopilotDeviceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AutopilotDeviceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Autopilot Device Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutopilotDeviceType get(int value) {
		switch (value) {
			case WINDOWS_PC_VALUE: return WINDOWS_PC;
			case HOLO_LENS_VALUE: return HOLO_LENS;
			case SURFACE_HUB2_VALUE: return SURFACE_HUB2;
			case SURFACE_HUB2_S_VALUE: return SURFACE_HUB2_S;
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
	private AutopilotDeviceType(int value, String name, String literal) {
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
	
} //AutopilotDeviceType
