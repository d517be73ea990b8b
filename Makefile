# Two commands for a fresh machine: `make run` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export UV_PYTHON_DOWNLOADS := never
PYTHON ?= python3
UV := $(PYTHON) -m uv
RUN := $(UV) run --frozen
CHROMIUM := /usr/bin/chromium
PYTEST_ARGS ?=

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

.PHONY: uv
uv: ## Install uv when it is missing
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv

.PHONY: install
install: uv ## Install the pinned dependencies into .venv
	$(UV) sync --frozen

.PHONY: migrate
migrate: install ## Apply database migrations
	$(RUN) python manage.py migrate --noinput

.PHONY: seed
seed: migrate ## Load (or complete) the demo data and print the logins
	$(RUN) python manage.py seed_demo

.PHONY: run
run: seed ## Install, migrate, seed and start web, worker and beat on http://127.0.0.1:8000
	@echo "Starting web, worker and beat. Open http://127.0.0.1:8000 and sign in with a login above."
	$(RUN) honcho start

.PHONY: browser
browser: ## Install Debian's chromium for the browser tests when absent and possible
	@if [ -x $(CHROMIUM) ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "chromium is not installed and cannot be installed here: browser tests will skip"; \
	fi

.PHONY: lint
lint: install ## ruff lint and format check
	$(RUN) ruff check .
	$(RUN) ruff format --check .

.PHONY: typecheck
typecheck: install ## mypy with django-stubs
	$(RUN) mypy .

.PHONY: test
test: install browser lint typecheck ## Lint, type-check and run the whole test suite
	$(RUN) pytest $(PYTEST_ARGS)

.PHONY: format
format: install ## Reformat and fix what ruff can
	$(RUN) ruff check --fix .
	$(RUN) ruff format .

.PHONY: vendor
vendor: ## Re-vendor USWDS and Chart.js from their pinned npm packages (needs npm, only for this step)
	bash scripts/vendor.sh

.PHONY: check-deploy
check-deploy: install ## Django's deployment checks with production settings
	DEBUG=false SECRET_KEY=$${SECRET_KEY:-$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')} \
		ALLOWED_HOSTS=$${ALLOWED_HOSTS:-backoffice.example.gov} $(RUN) python manage.py check --deploy --fail-level WARNING

.PHONY: clean
clean: ## Remove the local database, broker folder and collected files under var/
	rm -rf var/

.PHONY: bench-sla
bench-sla: install ## Benchmark the SLA sweep on PostgreSQL; BENCH_ARGS=--small for a quick run
	$(RUN) python -m bench.sla_sweep $(BENCH_ARGS)

.PHONY: bench-claim
bench-claim: install ## Benchmark Get next case on PostgreSQL; BENCH_ARGS=--small for a quick run
	$(RUN) python -m bench.claim $(BENCH_ARGS)

.PHONY: bench-generate
bench-generate: install ## Generate 1,000,000 realistic cases on PostgreSQL; BENCH_ARGS=--small for 100,000
	$(RUN) python -m bench.generate $(BENCH_ARGS)

.PHONY: bench-reports
bench-reports: install ## Benchmark the report pages on PostgreSQL; BENCH_ARGS=--small for a quick run
	$(RUN) python -m bench.reports $(BENCH_ARGS)

.PHONY: bench-workspace
bench-workspace: install ## Time a caseworker's and a manager's pages on gunicorn; BENCH_ARGS=--small for 100,000 cases
	$(RUN) python -m bench.workspace $(BENCH_ARGS)

.PHONY: bench-load
bench-load: install ## A caseworker's day at 50 requests/s for 60 s on gunicorn; BENCH_ARGS=--small for 100,000 cases
	$(RUN) python -m bench.load $(BENCH_ARGS)
