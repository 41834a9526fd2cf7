/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Security Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getSecurityPolicy()
 * @model
 * @generated
 */
public interface SecurityPolicy extends TrackedItem {
} // SecurityPolicy
