/**
 */
package org.flowpilot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Flow Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage#getFlowKind()
 * @model
 * @generated
 */
public enum FlowKind implements Enumerator {
	/**
	 * The '<em><b>User Driven Entra Join</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_DRIVEN_ENTRA_JOIN_VALUE
	 * @generated
	 * @ordered
	 */
	USER_DRIVEN_ENTRA_JOIN(0, "userDrivenEntraJoin", "User-driven Microsoft Entra join"),

	/**
	 * The '<em><b>User Driven Hybrid Join</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_DRIVEN_HYBRID_JOIN_VALUE
	 * @generated
	 * @ordered
	 */
	USER_DRIVEN_HYBRID_JOIN(1, "userDrivenHybridJoin", "User-driven Microsoft Entra hybrid join"),

	/**
	 * The '<em><b>Pre Provisioning Technician</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_TECHNICIAN_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_PROVISIONING_TECHNICIAN(2, "preProvisioningTechnician", "Pre-provisioning technician flow"),

	/**
	 * The '<em><b>Pre Provisioning User Entra Join</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_USER_ENTRA_JOIN_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_PROVISIONING_USER_ENTRA_JOIN(3, "preProvisioningUserEntraJoin", "Pre-provisioning user flow, Microsoft Entra join"),

	/**
	 * The '<em><b>Pre Provisioning User Hybrid Join</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_USER_HYBRID_JOIN_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_PROVISIONING_USER_HYBRID_JOIN(4, "preProvisioningUserHybridJoin", "Pre-provisioning user flow, Microsoft Entra hybrid join"),

	/**
	 * The '<em><b>Self Deploying</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DEPLOYING_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_DEPLOYING(5, "selfDeploying", "Self-deploying"),

	/**
	 * The '<em><b>Custom</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(6, "custom", "Custom");

	/**
	 * The '<em><b>User Driven Entra Join</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_DRIVEN_ENTRA_JOIN
	 * @model name="userDrivenEntraJoin" literal="User-driven Microsoft Entra join"
	 * @generated
	 * @ordered
	 */
	public static final int USER_DRIVEN_ENTRA_JOIN_VALUE = 0;

	/**
	 * The '<em><b>User Driven Hybrid Join</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_DRIVEN_HYBRID_JOIN
	 * @model name="userDrivenHybridJoin" literal="User-driven Microsoft Entra hybrid join"
	 * @generated
	 * @ordered
	 */
	public static final int USER_DRIVEN_HYBRID_JOIN_VALUE = 1;

	/**
	 * The '<em><b>Pre Provisioning Technician</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_TECHNICIAN
	 * @model name="preProvisioningTechnician" literal="Pre-provisioning technician flow"
	 * @generated
	 * @ordered
	 */
	public static final int PRE_PROVISIONING_TECHNICIAN_VALUE = 2;

	/**
	 * The '<em><b>Pre Provisioning User Entra Join</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_USER_ENTRA_JOIN
	 * @model name="preProvisioningUserEntraJoin" literal="Pre-provisioning user flow, Microsoft Entra join"
	 * @generated
	 * @ordered
	 */
	public static final int PRE_PROVISIONING_USER_ENTRA_JOIN_VALUE = 3;

	/**
	 * The '<em><b>Pre Provisioning User Hybrid Join</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_PROVISIONING_USER_HYBRID_JOIN
	 * @model name="preProvisioningUserHybridJoin" literal="Pre-provisioning user flow, Microsoft Entra hybrid join"
	 * @generated
	 * @ordered
	 */
	public static final int PRE_PROVISIONING_USER_HYBRID_JOIN_VALUE = 4;

	/**
	 * The '<em><b>Self Deploying</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DEPLOYING
	 * @model name="selfDeploying" literal="Self-deploying"
	 * @generated
	 * @ordered
	 */
	public static final int SELF_DEPLOYING_VALUE = 5;

	/**
	 * The '<em><b>Custom</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model name="custom" literal="Custom"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 6;

	/**
	 * An array of all the '<em><b>Flow Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FlowKind[] VALUES_ARRAY =
		new FlowKind[] {
			USER_DRIVEN_ENTRA_JOIN,
			USER_DRIVEN_HYBRID_JOIN,
			PRE_PROVISIONING_TECHNICIAN,
			PRE_PROVISIONING_USER_ENTRA_JOIN,
			PRE_PROVISIONING_USER_HYBRID_JOIN,
			SELF_DEPLOYING,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Flow Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FlowKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Flow Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FlowKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FlowKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Flow Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FlowKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FlowKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Flow Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FlowKind get(int value) {
		switch (value) {
			case USER_DRIVEN_ENTRA_JOIN_VALUE: return USER_DRIVEN_ENTRA_JOIN;
			case USER_DRIVEN_HYBRID_JOIN_VALUE: return USER_DRIVEN_HYBRID_JOIN;
			case PRE_PROVISIONING_TECHNICIAN_VALUE: return PRE_PROVISIONING_TECHNICIAN;
			case PRE_PROVISIONING_USER_ENTRA_JOIN_VALUE: return PRE_PROVISIONING_USER_ENTRA_JOIN;
			case PRE_PROVISIONING_USER_HYBRID_JOIN_VALUE: return PRE_PROVISIONING_USER_HYBRID_JOIN;
			case SELF_DEPLOYING_VALUE: return SELF_DEPLOYING;
			case CUSTOM_VALUE: return CUSTOM;
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
	private FlowKind(int value, String name, String literal) {
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
	
} //FlowKind
