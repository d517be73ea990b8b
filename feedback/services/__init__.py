"""Every write of the feedback app, one module per area: dispatch, responses, pulse, friction."""
