/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Language Region</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getLanguageRegion()
 * @model
 * @generated
 */
public enum LanguageRegion implements Enumerator {
	/**
	 * The '<em><b>Operating System Default</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATING_SYSTEM_DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	OPERATING_SYSTEM_DEFAULT(0, "operatingSystemDefault", "Operating system default"),

	/**
	 * The '<em><b>User Select</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_SELECT_VALUE
	 * @generated
	 * @ordered
	 */
	USER_SELECT(1, "userSelect", "User select"),

	/**
	 * The '<em><b>Specific Locale</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFIC_LOCALE_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIFIC_LOCALE(2, "specificLocale", "Specific locale");

	/**
	 * The '<em><b>Operating System Default</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATING_SYSTEM_DEFAULT
	 * @model name="operatingSystemDefault" literal="Operating system default"
	 * @generated
	 * @ordered
	 */
	public static final int OPERATING_SYSTEM_DEFAULT_VALUE = 0;

	/**
	 * The '<em><b>User Select</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_SELECT
	 * @model name="userSelect" literal="User select"
	 * @generated
	 * @ordered
	 */
	public static final int USER_SELECT_VALUE = 1;

	/**
	 * The '<em><b>Specific Locale</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFIC_LOCALE
	 * @model name="specificLocale" literal="Specific locale"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIFIC_LOCALE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Language Region</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LanguageRegion[] VALUES_ARRAY =
		new LanguageRegion[] {
			OPERATING_SYSTEM_DEFAULT,
			USER_SELECT,
			SPECIFIC_LOCALE,
		};

	/**
	 * A public read-only list of all the '<em><b>Language Region</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LanguageRegion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Language Region</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LanguageRegion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LanguageRegion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Language Region</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LanguageRegion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LanguageRegion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Language Region</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LanguageRegion get(int value) {
		switch (value) {
			case OPERATING_SYSTEM_DEFAULT_VALUE: return OPERATING_SYSTEM_DEFAULT;
			case USER_SELECT_VALUE: return USER_SELECT;
			case SPECIFIC_LOCALE_VALUE: return SPECIFIC_LOCALE;
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
	private LanguageRegion(int value, String name, String literal) {
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
	
} //LanguageRegion
