/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assignable Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.AssignableConfiguration#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.flowpilot.model.AssignableConfiguration#getGraphId <em>Graph Id</em>}</li>
 *   <li>{@link org.flowpilot.model.AssignableConfiguration#getCreatedDateTime <em>Created Date Time</em>}</li>
 *   <li>{@link org.flowpilot.model.AssignableConfiguration#getLastModifiedDateTime <em>Last Modified Date Time</em>}</li>
 *   <li>{@link org.flowpilot.model.AssignableConfiguration#getRoleScopeTagIds <em>Role Scope Tag Ids</em>}</li>
 *   <li>{@link org.flowpilot.model.AssignableConfiguration#getGraphProperties <em>Graph Properties</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getAssignableConfiguration()
 * @model abstract="true"
 * @generated
 */
public interface AssignableConfiguration extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Assignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignments</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignableConfiguration_Assignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assignment> getAssignments();

	/**
	 * Returns the value of the '<em><b>Graph Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id Microsoft Graph gave this configuration in the tenant (read-only in Graph; empty until imported).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Graph Id</em>' attribute.
	 * @see #setGraphId(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignableConfiguration_GraphId()
	 * @model
	 * @generated
	 */
	String getGraphId();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.AssignableConfiguration#getGraphId <em>Graph Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Graph Id</em>' attribute.
	 * @see #getGraphId()
	 * @generated
	 */
	void setGraphId(String value);

	/**
	 * Returns the value of the '<em><b>Created Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When Graph created this configuration, as the exact ISO-8601 text Graph returned (read-only in Graph). On a deployment profile the export writes this text while it denotes the same instant as created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created Date Time</em>' attribute.
	 * @see #setCreatedDateTime(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignableConfiguration_CreatedDateTime()
	 * @model
	 * @generated
	 */
	String getCreatedDateTime();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.AssignableConfiguration#getCreatedDateTime <em>Created Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created Date Time</em>' attribute.
	 * @see #getCreatedDateTime()
	 * @generated
	 */
	void setCreatedDateTime(String value);

	/**
	 * Returns the value of the '<em><b>Last Modified Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When this configuration was last changed in Graph, as the exact ISO-8601 text Graph returned (read-only in Graph).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Modified Date Time</em>' attribute.
	 * @see #setLastModifiedDateTime(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignableConfiguration_LastModifiedDateTime()
	 * @model
	 * @generated
	 */
	String getLastModifiedDateTime();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.AssignableConfiguration#getLastModifiedDateTime <em>Last Modified Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Modified Date Time</em>' attribute.
	 * @see #getLastModifiedDateTime()
	 * @generated
	 */
	void setLastModifiedDateTime(String value);

	/**
	 * Returns the value of the '<em><b>Role Scope Tag Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the scope tags that limit which Intune admins see this configuration (Graph: roleScopeTagIds).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role Scope Tag Ids</em>' attribute list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignableConfiguration_RoleScopeTagIds()
	 * @model
	 * @generated
	 */
	EList<String> getRoleScopeTagIds();

	/**
	 * Returns the value of the '<em><b>Graph Properties</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Graph properties the model has no feature for, unknown ones included, each with its value as JSON text; an export writes them back unchanged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Graph Properties</em>' map.
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignableConfiguration_GraphProperties()
	 * @model mapType="org.flowpilot.model.JsonProperty&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getGraphProperties();

} // AssignableConfiguration
