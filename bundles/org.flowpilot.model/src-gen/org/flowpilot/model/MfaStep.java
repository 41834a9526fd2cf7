/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mfa Step</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getMfaStep()
 * @model
 * @generated
 */
public interface MfaStep extends Step {
} // MfaStep
