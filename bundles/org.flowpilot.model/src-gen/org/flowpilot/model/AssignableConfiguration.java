/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

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

} // AssignableConfiguration
