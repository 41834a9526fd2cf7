/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Otherwise Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Holds when no other guard leaving the same step holds.
 * <!-- end-model-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getOtherwiseCondition()
 * @model
 * @generated
 */
public interface OtherwiseCondition extends Condition {
} // OtherwiseCondition
