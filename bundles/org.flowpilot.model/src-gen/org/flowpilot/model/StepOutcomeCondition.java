/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Outcome Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The outcome of the step the transition leaves, such as an ESP phase that failed or timed out.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.StepOutcomeCondition#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getStepOutcomeCondition()
 * @model
 * @generated
 */
public interface StepOutcomeCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.StepOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.flowpilot.model.StepOutcome
	 * @see #setOutcome(StepOutcome)
	 * @see org.flowpilot.model.FlowpilotPackage#getStepOutcomeCondition_Outcome()
	 * @model
	 * @generated
	 */
	StepOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.StepOutcomeCondition#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.flowpilot.model.StepOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(StepOutcome value);

} // StepOutcomeCondition
