/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Esp Phase Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.EspPhaseStep#getPhase <em>Phase</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getEspPhaseStep()
 * @model
 * @generated
 */
public interface EspPhaseStep extends Step {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.EspPhaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.flowpilot.model.EspPhaseKind
	 * @see #setPhase(EspPhaseKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getEspPhaseStep_Phase()
	 * @model
	 * @generated
	 */
	EspPhaseKind getPhase();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EspPhaseStep#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.flowpilot.model.EspPhaseKind
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(EspPhaseKind value);

} // EspPhaseStep
