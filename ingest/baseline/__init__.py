"""Human-handled calls from a contact center's export: parsing and validation (pure), hashed keys."""
