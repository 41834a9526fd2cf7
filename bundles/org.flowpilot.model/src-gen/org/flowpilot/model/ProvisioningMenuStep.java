/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provisioning Menu Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Pressing the Windows key five times at the Microsoft Entra sign-in page opens the pre-provisioning menu (technician-flow.md).
 * <!-- end-model-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getProvisioningMenuStep()
 * @model
 * @generated
 */
public interface ProvisioningMenuStep extends Step {
} // ProvisioningMenuStep
