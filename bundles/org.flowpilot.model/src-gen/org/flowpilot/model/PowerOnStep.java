/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Power On Step</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getPowerOnStep()
 * @model
 * @generated
 */
public interface PowerOnStep extends Step {
} // PowerOnStep
