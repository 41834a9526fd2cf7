/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.SecurityPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Security Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SecurityPolicyImpl extends TrackedItemImpl implements SecurityPolicy {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecurityPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.SECURITY_POLICY;
	}

} //SecurityPolicyImpl
