# One image for the API, the worker and the one-shot migration.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
COPY bench ./bench
COPY tools ./tools
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY libs/reference-data/data ./libs/reference-data/data
COPY libs/programmes/assets ./libs/programmes/assets
USER node
EXPOSE 3000 3001 9464 9465
CMD ["node", "--enable-source-maps", "dist/apps/api/src/main.js"]
