package com.example.library.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The project's own repository: Armature's generated service uses it instead of generating one. */
public interface PublisherRepository extends JpaRepository<Publisher, Long> {

  Optional<Publisher> findByName(String name);
}
