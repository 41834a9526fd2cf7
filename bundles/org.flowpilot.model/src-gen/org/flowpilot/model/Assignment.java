/**
 */
package org.flowpilot.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An included or excluded group on the Assignments page of a profile or Enrollment Status Page.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.Assignment#getGroup <em>Group</em>}</li>
 *   <li>{@link org.flowpilot.model.Assignment#getIntent <em>Intent</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getAssignment()
 * @model
 * @generated
 */
public interface Assignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(Group)
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignment_Group()
	 * @model
	 * @generated
	 */
	Group getGroup();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Assignment#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(Group value);

	/**
	 * Returns the value of the '<em><b>Intent</b></em>' attribute.
	 * The default value is <code>"included"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.AssignmentIntent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intent</em>' attribute.
	 * @see org.flowpilot.model.AssignmentIntent
	 * @see #setIntent(AssignmentIntent)
	 * @see org.flowpilot.model.FlowpilotPackage#getAssignment_Intent()
	 * @model default="included"
	 * @generated
	 */
	AssignmentIntent getIntent();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Assignment#getIntent <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intent</em>' attribute.
	 * @see org.flowpilot.model.AssignmentIntent
	 * @see #getIntent()
	 * @generated
	 */
	void setIntent(AssignmentIntent value);

} // Assignment
