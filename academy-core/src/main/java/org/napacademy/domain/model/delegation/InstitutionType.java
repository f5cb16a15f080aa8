package org.napacademy.domain.model.delegation;

/** The kind of institution a participant comes from. */
public enum InstitutionType {
    GOVERNMENT, PARLIAMENT, SECURITY_SECTOR, CIVIL_SOCIETY, ACADEMIA, INTERNATIONAL_ORGANISATION, OTHER
}
