/**
 */
package org.flowpilot.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.Transition#getSource <em>Source</em>}</li>
 *   <li>{@link org.flowpilot.model.Transition#getTarget <em>Target</em>}</li>
 *   <li>{@link org.flowpilot.model.Transition#getGuard <em>Guard</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getTransition()
 * @model
 * @generated
 */
public interface Transition extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.flowpilot.model.Step#getOutgoing <em>Outgoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Step)
	 * @see org.flowpilot.model.FlowpilotPackage#getTransition_Source()
	 * @see org.flowpilot.model.Step#getOutgoing
	 * @model opposite="outgoing"
	 * @generated
	 */
	Step getSource();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Transition#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Step value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.flowpilot.model.Step#getIncoming <em>Incoming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Step)
	 * @see org.flowpilot.model.FlowpilotPackage#getTransition_Target()
	 * @see org.flowpilot.model.Step#getIncoming
	 * @model opposite="incoming"
	 * @generated
	 */
	Step getTarget();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Transition#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Step value);

	/**
	 * Returns the value of the '<em><b>Guard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the transition may be taken; no guard means always.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guard</em>' containment reference.
	 * @see #setGuard(Condition)
	 * @see org.flowpilot.model.FlowpilotPackage#getTransition_Guard()
	 * @model containment="true"
	 * @generated
	 */
	Condition getGuard();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Transition#getGuard <em>Guard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guard</em>' containment reference.
	 * @see #getGuard()
	 * @generated
	 */
	void setGuard(Condition value);

} // Transition
