"""Document templates (issue 17, decision 0040): a table's HTML templates with Jinja placeholders,
the base's company details, and their rendering in a sandbox into PDF.

- `actions`: the undoable actions that manage templates and company details;
- `render`: the sandboxed Jinja environment, the values a template sees, WeasyPrint.
"""
