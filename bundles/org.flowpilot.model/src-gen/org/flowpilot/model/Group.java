/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.Group#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flowpilot.model.Group#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.flowpilot.model.Group#getUsers <em>Users</em>}</li>
 *   <li>{@link org.flowpilot.model.Group#getGroupTag <em>Group Tag</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getGroup()
 * @model
 * @generated
 */
public interface Group extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.GroupKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.GroupKind
	 * @see #setKind(GroupKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getGroup_Kind()
	 * @model
	 * @generated
	 */
	GroupKind getKind();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Group#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.GroupKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GroupKind value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' reference list.
	 * The list contents are of type {@link org.flowpilot.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getGroup_Devices()
	 * @model
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' reference list.
	 * The list contents are of type {@link org.flowpilot.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getGroup_Users()
	 * @model
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Group Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A dynamic device group's membership rule: every device whose group tag is this text belongs to the group, besides the devices listed, as Intune's rule (device.devicePhysicalIds -any (_ -eq "[OrderID]:TAG")) makes it (add-devices.md, profiles.md). Empty for an assigned group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Tag</em>' attribute.
	 * @see #setGroupTag(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getGroup_GroupTag()
	 * @model
	 * @generated
	 */
	String getGroupTag();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Group#getGroupTag <em>Group Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Tag</em>' attribute.
	 * @see #getGroupTag()
	 * @generated
	 */
	void setGroupTag(String value);

} // Group
