# The two commands a newcomer needs: `make run` and `make test`. See README.md.
.PHONY: run test faults openapi keycloak backend-test frontend-test clean help

help:
	@echo "make run      start Keycloak, backend and web app with demo data (Ctrl-C stops)"
	@echo "make test     run every test: backend, SPA unit tests, end-to-end in Chromium"
	@echo "make faults   only the fault tests: database restart, Keycloak down, killed backend, two replicas"
	@echo "make openapi  regenerate openapi.yaml from the backend and the SPA's API types"
	@echo "make keycloak start only Keycloak (realm aanjager) on http://localhost:8180"
	@echo "make clean    remove build outputs and local data (.cache/)"

run:
	@deploy/local/run.sh

test:
	@deploy/local/test.sh

faults:
	@deploy/local/faults.sh

openapi:
	cd backend && ./mvnw -B -q test -Dtest=OpenApiContractTest -Dcontract.update=true -Dsurefire.failIfNoSpecifiedTests=false
	cd frontend && npm run api:generate

keycloak:
	@deploy/local/keycloak.sh start

clean:
	rm -rf .cache backend/target frontend/dist frontend/node_modules
