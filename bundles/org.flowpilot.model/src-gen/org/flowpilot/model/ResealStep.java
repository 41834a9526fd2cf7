/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reseal Step</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getResealStep()
 * @model
 * @generated
 */
public interface ResealStep extends Step {
} // ResealStep
