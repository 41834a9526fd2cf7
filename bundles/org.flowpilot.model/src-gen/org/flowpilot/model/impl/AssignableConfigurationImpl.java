/**
 */
package org.flowpilot.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.FlowpilotPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assignable Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.AssignableConfigurationImpl#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AssignableConfigurationImpl#getGraphId <em>Graph Id</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AssignableConfigurationImpl#getCreatedDateTime <em>Created Date Time</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AssignableConfigurationImpl#getLastModifiedDateTime <em>Last Modified Date Time</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AssignableConfigurationImpl#getRoleScopeTagIds <em>Role Scope Tag Ids</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AssignableConfigurationImpl#getGraphProperties <em>Graph Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AssignableConfigurationImpl extends NamedElementImpl implements AssignableConfiguration {
	/**
	 * The cached value of the '{@link #getAssignments() <em>Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assignment> assignments;

	/**
	 * The default value of the '{@link #getGraphId() <em>Graph Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGraphId()
	 * @generated
	 * @ordered
	 */
	protected static final String GRAPH_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGraphId() <em>Graph Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGraphId()
	 * @generated
	 * @ordered
	 */
	protected String graphId = GRAPH_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedDateTime() <em>Created Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedDateTime()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_DATE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedDateTime() <em>Created Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedDateTime()
	 * @generated
	 * @ordered
	 */
	protected String createdDateTime = CREATED_DATE_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastModifiedDateTime() <em>Last Modified Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastModifiedDateTime()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_MODIFIED_DATE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastModifiedDateTime() <em>Last Modified Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastModifiedDateTime()
	 * @generated
	 * @ordered
	 */
	protected String lastModifiedDateTime = LAST_MODIFIED_DATE_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoleScopeTagIds() <em>Role Scope Tag Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleScopeTagIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> roleScopeTagIds;

	/**
	 * The cached value of the '{@link #getGraphProperties() <em>Graph Properties</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGraphProperties()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> graphProperties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssignableConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assignment> getAssignments() {
		if (assignments == null) {
			assignments = new EObjectContainmentEList<Assignment>(Assignment.class, this, FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS);
		}
		return assignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGraphId() {
		return graphId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGraphId(String newGraphId) {
		String oldGraphId = graphId;
		graphId = newGraphId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_ID, oldGraphId, graphId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedDateTime() {
		return createdDateTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedDateTime(String newCreatedDateTime) {
		String oldCreatedDateTime = createdDateTime;
		createdDateTime = newCreatedDateTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME, oldCreatedDateTime, createdDateTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastModifiedDateTime() {
		return lastModifiedDateTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastModifiedDateTime(String newLastModifiedDateTime) {
		String oldLastModifiedDateTime = lastModifiedDateTime;
		lastModifiedDateTime = newLastModifiedDateTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME, oldLastModifiedDateTime, lastModifiedDateTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRoleScopeTagIds() {
		if (roleScopeTagIds == null) {
			roleScopeTagIds = new EDataTypeUniqueEList<String>(String.class, this, FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS);
		}
		return roleScopeTagIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getGraphProperties() {
		if (graphProperties == null) {
			graphProperties = new EcoreEMap<String,String>(FlowpilotPackage.Literals.JSON_PROPERTY, JsonPropertyImpl.class, this, FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES);
		}
		return graphProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS:
				return ((InternalEList<?>)getAssignments()).basicRemove(otherEnd, msgs);
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES:
				return ((InternalEList<?>)getGraphProperties()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS:
				return getAssignments();
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_ID:
				return getGraphId();
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME:
				return getCreatedDateTime();
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME:
				return getLastModifiedDateTime();
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS:
				return getRoleScopeTagIds();
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES:
				if (coreType) return getGraphProperties();
				else return getGraphProperties().map();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS:
				getAssignments().clear();
				getAssignments().addAll((Collection<? extends Assignment>)newValue);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_ID:
				setGraphId((String)newValue);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME:
				setCreatedDateTime((String)newValue);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME:
				setLastModifiedDateTime((String)newValue);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS:
				getRoleScopeTagIds().clear();
				getRoleScopeTagIds().addAll((Collection<? extends String>)newValue);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES:
				((EStructuralFeature.Setting)getGraphProperties()).set(newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS:
				getAssignments().clear();
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_ID:
				setGraphId(GRAPH_ID_EDEFAULT);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME:
				setCreatedDateTime(CREATED_DATE_TIME_EDEFAULT);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME:
				setLastModifiedDateTime(LAST_MODIFIED_DATE_TIME_EDEFAULT);
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS:
				getRoleScopeTagIds().clear();
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES:
				getGraphProperties().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS:
				return assignments != null && !assignments.isEmpty();
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_ID:
				return GRAPH_ID_EDEFAULT == null ? graphId != null : !GRAPH_ID_EDEFAULT.equals(graphId);
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME:
				return CREATED_DATE_TIME_EDEFAULT == null ? createdDateTime != null : !CREATED_DATE_TIME_EDEFAULT.equals(createdDateTime);
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME:
				return LAST_MODIFIED_DATE_TIME_EDEFAULT == null ? lastModifiedDateTime != null : !LAST_MODIFIED_DATE_TIME_EDEFAULT.equals(lastModifiedDateTime);
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS:
				return roleScopeTagIds != null && !roleScopeTagIds.isEmpty();
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES:
				return graphProperties != null && !graphProperties.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (graphId: ");
		result.append(graphId);
		result.append(", createdDateTime: ");
		result.append(createdDateTime);
		result.append(", lastModifiedDateTime: ");
		result.append(lastModifiedDateTime);
		result.append(", roleScopeTagIds: ");
		result.append(roleScopeTagIds);
		result.append(')');
		return result.toString();
	}

} //AssignableConfigurationImpl
