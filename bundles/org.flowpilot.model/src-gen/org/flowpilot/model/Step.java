/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.Step#getSourceDocument <em>Source Document</em>}</li>
 *   <li>{@link org.flowpilot.model.Step#getOutgoing <em>Outgoing</em>}</li>
 *   <li>{@link org.flowpilot.model.Step#getIncoming <em>Incoming</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getStep()
 * @model abstract="true"
 * @generated
 */
public interface Step extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Microsoft Learn source (GitHub URL of the stored copy) this step is taken from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Document</em>' attribute.
	 * @see #setSourceDocument(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getStep_SourceDocument()
	 * @model
	 * @generated
	 */
	String getSourceDocument();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Step#getSourceDocument <em>Source Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Document</em>' attribute.
	 * @see #getSourceDocument()
	 * @generated
	 */
	void setSourceDocument(String value);

	/**
	 * Returns the value of the '<em><b>Outgoing</b></em>' reference list.
	 * The list contents are of type {@link org.flowpilot.model.Transition}.
	 * It is bidirectional and its opposite is '{@link org.flowpilot.model.Transition#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outgoing</em>' reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getStep_Outgoing()
	 * @see org.flowpilot.model.Transition#getSource
	 * @model opposite="source" transient="true"
	 * @generated
	 */
	EList<Transition> getOutgoing();

	/**
	 * Returns the value of the '<em><b>Incoming</b></em>' reference list.
	 * The list contents are of type {@link org.flowpilot.model.Transition}.
	 * It is bidirectional and its opposite is '{@link org.flowpilot.model.Transition#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Incoming</em>' reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getStep_Incoming()
	 * @see org.flowpilot.model.Transition#getTarget
	 * @model opposite="target" transient="true"
	 * @generated
	 */
	EList<Transition> getIncoming();

} // Step
