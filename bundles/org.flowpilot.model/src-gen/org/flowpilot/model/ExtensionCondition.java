/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extension Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A guard an extension evaluates: the engine hands it to the contributed guard condition whose type id is typeId.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.ExtensionCondition#getTypeId <em>Type Id</em>}</li>
 *   <li>{@link org.flowpilot.model.ExtensionCondition#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getExtensionCondition()
 * @model
 * @generated
 */
public interface ExtensionCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names the contributed guard condition that evaluates this guard, such as fabrikam.network-is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type Id</em>' attribute.
	 * @see #setTypeId(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getExtensionCondition_TypeId()
	 * @model
	 * @generated
	 */
	String getTypeId();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.ExtensionCondition#getTypeId <em>Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Id</em>' attribute.
	 * @see #getTypeId()
	 * @generated
	 */
	void setTypeId(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guard's settings, as names and string values the extension reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see org.flowpilot.model.FlowpilotPackage#getExtensionCondition_Parameters()
	 * @model mapType="org.flowpilot.model.ConditionParameter&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getParameters();

} // ExtensionCondition
