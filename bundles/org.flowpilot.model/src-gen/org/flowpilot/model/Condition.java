/**
 */
package org.flowpilot.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.flowpilot.model.FlowpilotPackage#getCondition()
 * @model abstract="true"
 * @generated
 */
public interface Condition extends EObject {
} // Condition
