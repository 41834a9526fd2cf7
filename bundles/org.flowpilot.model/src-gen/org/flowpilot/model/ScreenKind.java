/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Screen Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getScreenKind()
 * @model
 * @generated
 */
public enum ScreenKind implements Enumerator {
	/**
	 * The '<em><b>Language Region</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANGUAGE_REGION_VALUE
	 * @generated
	 * @ordered
	 */
	LANGUAGE_REGION(0, "languageRegion", "Language/Country/Region"),

	/**
	 * The '<em><b>Keyboard</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEYBOARD_VALUE
	 * @generated
	 * @ordered
	 */
	KEYBOARD(1, "keyboard", "Keyboard"),

	/**
	 * The '<em><b>Additional Keyboard</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDITIONAL_KEYBOARD_VALUE
	 * @generated
	 * @ordered
	 */
	ADDITIONAL_KEYBOARD(2, "additionalKeyboard", "Additional keyboard layouts"),

	/**
	 * The '<em><b>Network Connection</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_CONNECTION_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_CONNECTION(3, "networkConnection", "Let\'s connect you to a network"),

	/**
	 * The '<em><b>License Terms</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENSE_TERMS_VALUE
	 * @generated
	 * @ordered
	 */
	LICENSE_TERMS(4, "licenseTerms", "License Terms"),

	/**
	 * The '<em><b>Privacy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVACY_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVACY(5, "privacy", "Privacy"),

	/**
	 * The '<em><b>Change Account Options</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_ACCOUNT_OPTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGE_ACCOUNT_OPTIONS(6, "changeAccountOptions", "Change account options"),

	/**
	 * The '<em><b>Provisioning Menu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONING_MENU_VALUE
	 * @generated
	 * @ordered
	 */
	PROVISIONING_MENU(7, "provisioningMenu", "What would you like to do?"),

	/**
	 * The '<em><b>Pre Provision With Autopilot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISION_WITH_AUTOPILOT_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_PROVISION_WITH_AUTOPILOT(8, "preProvisionWithAutopilot", "Pre-provision with Windows Autopilot"),

	/**
	 * The '<em><b>Pre Provisioning Result</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_RESULT_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_PROVISIONING_RESULT(9, "preProvisioningResult", "Pre-provisioning result"),

	/**
	 * The '<em><b>Stay Signed In</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAY_SIGNED_IN_VALUE
	 * @generated
	 * @ordered
	 */
	STAY_SIGNED_IN(10, "staySignedIn", "Stay signed in to all your apps"),

	/**
	 * The '<em><b>All Set</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_SET_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_SET(11, "allSet", "You\'re all set!");

	/**
	 * The '<em><b>Language Region</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANGUAGE_REGION
	 * @model name="languageRegion" literal="Language/Country/Region"
	 * @generated
	 * @ordered
	 */
	public static final int LANGUAGE_REGION_VALUE = 0;

	/**
	 * The '<em><b>Keyboard</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEYBOARD
	 * @model name="keyboard" literal="Keyboard"
	 * @generated
	 * @ordered
	 */
	public static final int KEYBOARD_VALUE = 1;

	/**
	 * The '<em><b>Additional Keyboard</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDITIONAL_KEYBOARD
	 * @model name="additionalKeyboard" literal="Additional keyboard layouts"
	 * @generated
	 * @ordered
	 */
	public static final int ADDITIONAL_KEYBOARD_VALUE = 2;

	/**
	 * The '<em><b>Network Connection</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_CONNECTION
	 * @model name="networkConnection" literal="Let\'s connect you to a network"
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_CONNECTION_VALUE = 3;

	/**
	 * The '<em><b>License Terms</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENSE_TERMS
	 * @model name="licenseTerms" literal="License Terms"
	 * @generated
	 * @ordered
	 */
	public static final int LICENSE_TERMS_VALUE = 4;

	/**
	 * The '<em><b>Privacy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVACY
	 * @model name="privacy" literal="Privacy"
	 * @generated
	 * @ordered
	 */
	public static final int PRIVACY_VALUE = 5;

	/**
	 * The '<em><b>Change Account Options</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_ACCOUNT_OPTIONS
	 * @model name="changeAccountOptions" literal="Change account options"
	 * @generated
	 * @ordered
	 */
	public static final int CHANGE_ACCOUNT_OPTIONS_VALUE = 6;

	/**
	 * The '<em><b>Provisioning Menu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONING_MENU
	 * @model name="provisioningMenu" literal="What would you like to do?"
	 * @generated
	 * @ordered
	 */
	public static final int PROVISIONING_MENU_VALUE = 7;

	/**
	 * The '<em><b>Pre Provision With Autopilot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISION_WITH_AUTOPILOT
	 * @model name="preProvisionWithAutopilot" literal="Pre-provision with Windows Autopilot"
	 * @generated
	 * @ordered
	 */
	public static final int PRE_PROVISION_WITH_AUTOPILOT_VALUE = 8;

	/**
	 * The '<em><b>Pre Provisioning Result</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_RESULT
	 * @model name="preProvisioningResult" literal="Pre-provisioning result"
	 * @generated
	 * @ordered
	 */
	public static final int PRE_PROVISIONING_RESULT_VALUE = 9;

	/**
	 * The '<em><b>Stay Signed In</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAY_SIGNED_IN
	 * @model name="staySignedIn" literal="Stay signed in to all your apps"
	 * @generated
	 * @ordered
	 */
	public static final int STAY_SIGNED_IN_VALUE = 10;

	/**
	 * The '<em><b>All Set</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_SET
	 * @model name="allSet" literal="You\'re all set!"
	 * @generated
	 * @ordered
	 */
	public static final int ALL_SET_VALUE = 11;

	/**
	 * An array of all the '<em><b>Screen Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScreenKind[] VALUES_ARRAY =
		new ScreenKind[] {
			LANGUAGE_REGION,
			KEYBOARD,
			ADDITIONAL_KEYBOARD,
			NETWORK_CONNECTION,
			LICENSE_TERMS,
			PRIVACY,
			CHANGE_ACCOUNT_OPTIONS,
			PROVISIONING_MENU,
			PRE_PROVISION_WITH_AUTOPILOT,
			PRE_PROVISIONING_RESULT,
			STAY_SIGNED_IN,
			ALL_SET,
		};

	/**
	 * A public read-only list of all the '<em><b>Screen Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScreenKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Screen Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScreenKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScreenKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Screen Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScreenKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScreenKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Screen Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScreenKind get(int value) {
		switch (value) {
			case LANGUAGE_REGION_VALUE: return LANGUAGE_REGION;
			case KEYBOARD_VALUE: return KEYBOARD;
			case ADDITIONAL_KEYBOARD_VALUE: return ADDITIONAL_KEYBOARD;
			case NETWORK_CONNECTION_VALUE: return NETWORK_CONNECTION;
			case LICENSE_TERMS_VALUE: return LICENSE_TERMS;
			case PRIVACY_VALUE: return PRIVACY;
			case CHANGE_ACCOUNT_OPTIONS_VALUE: return CHANGE_ACCOUNT_OPTIONS;
			case PROVISIONING_MENU_VALUE: return PROVISIONING_MENU;
			case PRE_PROVISION_WITH_AUTOPILOT_VALUE: return PRE_PROVISION_WITH_AUTOPILOT;
			case PRE_PROVISIONING_RESULT_VALUE: return PRE_PROVISIONING_RESULT;
			case STAY_SIGNED_IN_VALUE: return STAY_SIGNED_IN;
			case ALL_SET_VALUE: return ALL_SET;
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
	private ScreenKind(int value, String name, String literal) {
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
	
} //ScreenKind
