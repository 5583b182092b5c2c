INSERT INTO vets (first_name, last_name) VALUES ('James', 'Carter'), ('Helen', 'Leary');
INSERT INTO specialties (name) VALUES ('radiology'), ('surgery');
INSERT INTO vet_specialties VALUES (2, 1);
INSERT INTO types (name) VALUES ('cat'), ('dog');
INSERT INTO owners (first_name, last_name, address, city, telephone)
  VALUES ('George', 'Franklin', '110 W. Liberty St.', 'Madison', '6085551023');
INSERT INTO pets (name, birth_date, type_id, owner_id) VALUES ('Leo', '2010-09-07', 1, 1);
INSERT INTO visits (pet_id, visit_date, description) VALUES (1, '2013-01-01', 'rabies shot');
