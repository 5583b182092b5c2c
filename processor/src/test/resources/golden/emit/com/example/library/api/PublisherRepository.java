package com.example.library.api;

import com.example.library.Publisher;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

/**
 * The Spring Data repository of {@code Publisher}; its proxy translates persistence exceptions.
 */
@Repository("com.example.library.api.PublisherRepository")
@Generated("dev.armature.processor.ArmatureProcessor")
public interface PublisherRepository extends JpaRepository<Publisher, UUID> {
}
