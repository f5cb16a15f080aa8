package org.napacademy.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking for every mutable entity. One shared sequence keeps ids unique across
 * tables; its allocation size must equal the migration's INCREMENT BY.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "academy_seq")
    @SequenceGenerator(name = "academy_seq", sequenceName = "academy_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AbstractEntity() { }

    /** Null until the entity has been persisted. */
    public Long id() { return id; }

    public long version() { return version; }

    /**
     * Same entity: the same instance, or both persisted with equal ids and of the same class.
     * Entities keep identity equality so that new, unpersisted ones stay distinct in collections.
     */
    public boolean sameAs(AbstractEntity other) {
        return this == other || other != null && id != null && id.equals(other.id) && getClass() == other.getClass();
    }
}
