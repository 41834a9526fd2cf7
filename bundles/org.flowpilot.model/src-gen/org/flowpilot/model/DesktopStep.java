/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Desktop Step</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getDesktopStep()
 * @model
 * @generated
 */
public interface DesktopStep extends Step {
} // DesktopStep
