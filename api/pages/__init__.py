"""Server-rendered pages of the API (call list, call detail, wallboard): Jinja templates, no build step."""
