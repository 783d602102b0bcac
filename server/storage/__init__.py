"""Physical storage: the database engine and the real SQL tables behind user tables."""
