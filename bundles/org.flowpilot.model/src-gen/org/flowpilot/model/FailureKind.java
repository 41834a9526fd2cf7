/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Failure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getFailureKind()
 * @model
 * @generated
 */
public enum FailureKind implements Enumerator {
	/**
	 * The '<em><b>Tracked Item Fails</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACKED_ITEM_FAILS_VALUE
	 * @generated
	 * @ordered
	 */
	TRACKED_ITEM_FAILS(0, "trackedItemFails", "Tracked item fails"),

	/**
	 * The '<em><b>Tracked Item Hangs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACKED_ITEM_HANGS_VALUE
	 * @generated
	 * @ordered
	 */
	TRACKED_ITEM_HANGS(1, "trackedItemHangs", "Tracked item hangs"),

	/**
	 * The '<em><b>Esp Timeout</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESP_TIMEOUT_VALUE
	 * @generated
	 * @ordered
	 */
	ESP_TIMEOUT(2, "espTimeout", "ESP times out"),

	/**
	 * The '<em><b>Network Lost</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_LOST_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_LOST(3, "networkLost", "Network connection lost"),

	/**
	 * The '<em><b>Tpm Attestation Fails</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TPM_ATTESTATION_FAILS_VALUE
	 * @generated
	 * @ordered
	 */
	TPM_ATTESTATION_FAILS(4, "tpmAttestationFails", "TPM attestation fails"),

	/**
	 * The '<em><b>Domain Controller Unreachable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN_CONTROLLER_UNREACHABLE_VALUE
	 * @generated
	 * @ordered
	 */
	DOMAIN_CONTROLLER_UNREACHABLE(5, "domainControllerUnreachable", "Domain controller unreachable"),

	/**
	 * The '<em><b>Tracked Item Fails Once</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACKED_ITEM_FAILS_ONCE_VALUE
	 * @generated
	 * @ordered
	 */
	TRACKED_ITEM_FAILS_ONCE(6, "trackedItemFailsOnce", "Tracked item fails once");

	/**
	 * The '<em><b>Tracked Item Fails</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACKED_ITEM_FAILS
	 * @model name="trackedItemFails" literal="Tracked item fails"
	 * @generated
	 * @ordered
	 */
	public static final int TRACKED_ITEM_FAILS_VALUE = 0;

	/**
	 * The '<em><b>Tracked Item Hangs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACKED_ITEM_HANGS
	 * @model name="trackedItemHangs" literal="Tracked item hangs"
	 * @generated
	 * @ordered
	 */
	public static final int TRACKED_ITEM_HANGS_VALUE = 1;

	/**
	 * The '<em><b>Esp Timeout</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESP_TIMEOUT
	 * @model name="espTimeout" literal="ESP times out"
	 * @generated
	 * @ordered
	 */
	public static final int ESP_TIMEOUT_VALUE = 2;

	/**
	 * The '<em><b>Network Lost</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_LOST
	 * @model name="networkLost" literal="Network connection lost"
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_LOST_VALUE = 3;

	/**
	 * The '<em><b>Tpm Attestation Fails</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TPM_ATTESTATION_FAILS
	 * @model name="tpmAttestationFails" literal="TPM attestation fails"
	 * @generated
	 * @ordered
	 */
	public static final int TPM_ATTESTATION_FAILS_VALUE = 4;

	/**
	 * The '<em><b>Domain Controller Unreachable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN_CONTROLLER_UNREACHABLE
	 * @model name="domainControllerUnreachable" literal="Domain controller unreachable"
	 * @generated
	 * @ordered
	 */
	public static final int DOMAIN_CONTROLLER_UNREACHABLE_VALUE = 5;

	/**
	 * The '<em><b>Tracked Item Fails Once</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACKED_ITEM_FAILS_ONCE
	 * @model name="trackedItemFailsOnce" literal="Tracked item fails once"
	 * @generated
	 * @ordered
	 */
	public static final int TRACKED_ITEM_FAILS_ONCE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Failure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FailureKind[] VALUES_ARRAY =
		new FailureKind[] {
			TRACKED_ITEM_FAILS,
			TRACKED_ITEM_HANGS,
			ESP_TIMEOUT,
			NETWORK_LOST,
			TPM_ATTESTATION_FAILS,
			DOMAIN_CONTROLLER_UNREACHABLE,
			TRACKED_ITEM_FAILS_ONCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Failure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FailureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Failure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureKind get(int value) {
		switch (value) {
			case TRACKED_ITEM_FAILS_VALUE: return TRACKED_ITEM_FAILS;
			case TRACKED_ITEM_HANGS_VALUE: return TRACKED_ITEM_HANGS;
			case ESP_TIMEOUT_VALUE: return ESP_TIMEOUT;
			case NETWORK_LOST_VALUE: return NETWORK_LOST;
			case TPM_ATTESTATION_FAILS_VALUE: return TPM_ATTESTATION_FAILS;
			case DOMAIN_CONTROLLER_UNREACHABLE_VALUE: return DOMAIN_CONTROLLER_UNREACHABLE;
			case TRACKED_ITEM_FAILS_ONCE_VALUE: return TRACKED_ITEM_FAILS_ONCE;
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
	private FailureKind(int value, String name, String literal) {
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
	
} //FailureKind
