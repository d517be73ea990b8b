"""Open311 GeoReport v2 at /open311/v2/: discovery, services, service definitions, requests
and tokens, each in XML and JSON (http://wiki.open311.org/GeoReport_v2).

Decisions, where the specification leaves a choice:

- ``jurisdiction_id`` is the agency's slug; it may be left out only while one agency is
  active. An unknown one is a 404.
- A service is on Open311 when it is for citizens and offered on the API channel; its
  definition is its intake questions. Every service is ``realtime``: ``case_open`` runs in
  the request, so POST returns the case reference as ``service_request_id`` and never a
  token. ``tokens/<id>`` still answers: a request's id is its own token.
- GET Service Requests lists the cases of published services from every channel, newest
  first, within 90 days and at most 1000 (the specification's defaults); asking by
  ``service_request_id`` overrides every other argument, the window included.
- Public answers carry no personal data: descriptions are masked
  (``feedback.masking.mask_personal``), ``status_notes`` is the detailed status, and no
  name, email or phone of a customer is ever shown.
- Content types are ``application/xml`` and ``application/json``, both UTF-8.
"""
