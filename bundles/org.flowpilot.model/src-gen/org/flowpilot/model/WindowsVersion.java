/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Windows Version</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getWindowsVersion()
 * @model
 * @generated
 */
public enum WindowsVersion implements Enumerator {
	/**
	 * The '<em><b>Windows10</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDOWS10_VALUE
	 * @generated
	 * @ordered
	 */
	WINDOWS10(0, "windows10", "Windows 10"),

	/**
	 * The '<em><b>Windows11</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDOWS11_VALUE
	 * @generated
	 * @ordered
	 */
	WINDOWS11(1, "windows11", "Windows 11");

	/**
	 * The '<em><b>Windows10</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDOWS10
	 * @model name="windows10" literal="Windows 10"
	 * @generated
	 * @ordered
	 */
	public static final int WINDOWS10_VALUE = 0;

	/**
	 * The '<em><b>Windows11</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WINDOWS11
	 * @model name="windows11" literal="Windows 11"
	 * @generated
	 * @ordered
	 */
	public static final int WINDOWS11_VALUE = 1;

	/**
	 * An array of all the '<em><b>Windows Version</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WindowsVersion[] VALUES_ARRAY =
		new WindowsVersion[] {
			WINDOWS10,
			WINDOWS11,
		};

	/**
	 * A public read-only list of all the '<em><b>Windows Version</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WindowsVersion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Windows Version</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WindowsVersion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WindowsVersion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Windows Version</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WindowsVersion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WindowsVersion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Windows Version</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WindowsVersion get(int value) {
		switch (value) {
			case WINDOWS10_VALUE: return WINDOWS10;
			case WINDOWS11_VALUE: return WINDOWS11;
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
	private WindowsVersion(int value, String name, String literal) {
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
	
} //WindowsVersion
