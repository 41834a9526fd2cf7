/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Simulated Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getSimulatedOutcome()
 * @model
 * @generated
 */
public enum SimulatedOutcome implements Enumerator {
	/**
	 * The '<em><b>Succeeds</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCCEEDS_VALUE
	 * @generated
	 * @ordered
	 */
	SUCCEEDS(0, "succeeds", "Succeeds"),

	/**
	 * The '<em><b>Fails</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILS_VALUE
	 * @generated
	 * @ordered
	 */
	FAILS(1, "fails", "Fails"),

	/**
	 * The '<em><b>Hangs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANGS_VALUE
	 * @generated
	 * @ordered
	 */
	HANGS(2, "hangs", "Hangs");

	/**
	 * The '<em><b>Succeeds</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCCEEDS
	 * @model name="succeeds" literal="Succeeds"
	 * @generated
	 * @ordered
	 */
	public static final int SUCCEEDS_VALUE = 0;

	/**
	 * The '<em><b>Fails</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILS
	 * @model name="fails" literal="Fails"
	 * @generated
	 * @ordered
	 */
	public static final int FAILS_VALUE = 1;

	/**
	 * The '<em><b>Hangs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANGS
	 * @model name="hangs" literal="Hangs"
	 * @generated
	 * @ordered
	 */
	public static final int HANGS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Simulated Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SimulatedOutcome[] VALUES_ARRAY =
		new SimulatedOutcome[] {
			SUCCEEDS,
			FAILS,
			HANGS,
		};

	/**
	 * A public read-only list of all the '<em><b>Simulated Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SimulatedOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Simulated Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SimulatedOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SimulatedOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Simulated Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SimulatedOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SimulatedOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Simulated Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SimulatedOutcome get(int value) {
		switch (value) {
			case SUCCEEDS_VALUE: return SUCCEEDS;
			case FAILS_VALUE: return FAILS;
			case HANGS_VALUE: return HANGS;
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
	private SimulatedOutcome(int value, String name, String literal) {
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
	
} //SimulatedOutcome
