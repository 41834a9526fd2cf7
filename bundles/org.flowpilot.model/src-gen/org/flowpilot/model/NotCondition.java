/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Not Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.NotCondition#getOperand <em>Operand</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getNotCondition()
 * @model
 * @generated
 */
public interface NotCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Operand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operand</em>' containment reference.
	 * @see #setOperand(Condition)
	 * @see org.flowpilot.model.FlowpilotPackage#getNotCondition_Operand()
	 * @model containment="true"
	 * @generated
	 */
	Condition getOperand();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.NotCondition#getOperand <em>Operand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operand</em>' containment reference.
	 * @see #getOperand()
	 * @generated
	 */
	void setOperand(Condition value);

} // NotCondition
