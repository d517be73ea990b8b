"""Cases: services (case types), customers, the case lifecycle, SLA and Open311."""
