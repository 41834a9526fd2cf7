/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.CustomStep#getExtensionTypeId <em>Extension Type Id</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getCustomStep()
 * @model
 * @generated
 */
public interface CustomStep extends Step {
	/**
	 * Returns the value of the '<em><b>Extension Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension Type Id</em>' attribute.
	 * @see #setExtensionTypeId(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getCustomStep_ExtensionTypeId()
	 * @model
	 * @generated
	 */
	String getExtensionTypeId();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.CustomStep#getExtensionTypeId <em>Extension Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension Type Id</em>' attribute.
	 * @see #getExtensionTypeId()
	 * @generated
	 */
	void setExtensionTypeId(String value);

} // CustomStep
