/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Check Step</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getNetworkCheckStep()
 * @model
 * @generated
 */
public interface NetworkCheckStep extends Step {
} // NetworkCheckStep
