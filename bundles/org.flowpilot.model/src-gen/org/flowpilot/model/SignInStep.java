/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sign In Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The Microsoft Entra sign-in page (username pre-filled when a user is assigned).
 * <!-- end-model-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getSignInStep()
 * @model
 * @generated
 */
public interface SignInStep extends Step {
} // SignInStep
