package com.example.library.api;

import com.example.library.Author;
import javax.annotation.processing.Generated;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

/**
 * The Spring Data repository of {@code Author}; its proxy translates persistence exceptions.
 */
@Repository("com.example.library.api.AuthorRepository")
@Generated("dev.armature.processor.ArmatureProcessor")
public interface AuthorRepository extends JpaRepository<Author, Long> {
}
