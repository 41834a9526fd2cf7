/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Failure Page Choice</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getFailurePageChoice()
 * @model
 * @generated
 */
public enum FailurePageChoice implements Enumerator {
	/**
	 * The '<em><b>Stay</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAY_VALUE
	 * @generated
	 * @ordered
	 */
	STAY(0, "stay", "Stay at the page"),

	/**
	 * The '<em><b>Retry</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETRY_VALUE
	 * @generated
	 * @ordered
	 */
	RETRY(1, "retry", "Retry"),

	/**
	 * The '<em><b>Reset</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESET_VALUE
	 * @generated
	 * @ordered
	 */
	RESET(2, "reset", "Reset"),

	/**
	 * The '<em><b>Continue Anyway</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUE_ANYWAY_VALUE
	 * @generated
	 * @ordered
	 */
	CONTINUE_ANYWAY(3, "continueAnyway", "Continue anyway"),

	/**
	 * The '<em><b>Collect Logs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECT_LOGS_VALUE
	 * @generated
	 * @ordered
	 */
	COLLECT_LOGS(4, "collectLogs", "Collect logs");

	/**
	 * The '<em><b>Stay</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAY
	 * @model name="stay" literal="Stay at the page"
	 * @generated
	 * @ordered
	 */
	public static final int STAY_VALUE = 0;

	/**
	 * The '<em><b>Retry</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETRY
	 * @model name="retry" literal="Retry"
	 * @generated
	 * @ordered
	 */
	public static final int RETRY_VALUE = 1;

	/**
	 * The '<em><b>Reset</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESET
	 * @model name="reset" literal="Reset"
	 * @generated
	 * @ordered
	 */
	public static final int RESET_VALUE = 2;

	/**
	 * The '<em><b>Continue Anyway</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUE_ANYWAY
	 * @model name="continueAnyway" literal="Continue anyway"
	 * @generated
	 * @ordered
	 */
	public static final int CONTINUE_ANYWAY_VALUE = 3;

	/**
	 * The '<em><b>Collect Logs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECT_LOGS
	 * @model name="collectLogs" literal="Collect logs"
	 * @generated
	 * @ordered
	 */
	public static final int COLLECT_LOGS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Failure Page Choice</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FailurePageChoice[] VALUES_ARRAY =
		new FailurePageChoice[] {
			STAY,
			RETRY,
			RESET,
			CONTINUE_ANYWAY,
			COLLECT_LOGS,
		};

	/**
	 * A public read-only list of all the '<em><b>Failure Page Choice</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FailurePageChoice> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Failure Page Choice</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailurePageChoice get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailurePageChoice result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Page Choice</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailurePageChoice getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailurePageChoice result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Page Choice</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailurePageChoice get(int value) {
		switch (value) {
			case STAY_VALUE: return STAY;
			case RETRY_VALUE: return RETRY;
			case RESET_VALUE: return RESET;
			case CONTINUE_ANYWAY_VALUE: return CONTINUE_ANYWAY;
			case COLLECT_LOGS_VALUE: return COLLECT_LOGS;
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
	private FailurePageChoice(int value, String name, String literal) {
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
	
} //FailurePageChoice
