/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.Flow#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flowpilot.model.Flow#getStart <em>Start</em>}</li>
 *   <li>{@link org.flowpilot.model.Flow#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.flowpilot.model.Flow#getTransitions <em>Transitions</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getFlow()
 * @model
 * @generated
 */
public interface Flow extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.FlowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.FlowKind
	 * @see #setKind(FlowKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getFlow_Kind()
	 * @model
	 * @generated
	 */
	FlowKind getKind();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Flow#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.FlowKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FlowKind value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' reference.
	 * @see #setStart(Step)
	 * @see org.flowpilot.model.FlowpilotPackage#getFlow_Start()
	 * @model
	 * @generated
	 */
	Step getStart();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Flow#getStart <em>Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' reference.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Step value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getFlow_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getFlow_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transition> getTransitions();

} // Flow
