/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>All Of Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.AllOfCondition#getOperands <em>Operands</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getAllOfCondition()
 * @model
 * @generated
 */
public interface AllOfCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Operands</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operands</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAllOfCondition_Operands()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getOperands();

} // AllOfCondition
